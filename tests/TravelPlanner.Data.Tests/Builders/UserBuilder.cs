using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.Tests.Builders;

/// <summary>Fresh users for a test: <c>await UserBuilder.New().Named("Ada").CreateAsync(users)</c>.</summary>
public sealed class UserBuilder
{
    public const string DefaultPassword = "correct horse battery";

    private string _email = $"user-{Guid.NewGuid():N}@example.com";
    private string _password = DefaultPassword;
    private string _firstName = "Ada";
    private string _lastName = "Lovelace";

    public static UserBuilder New() => new();

    public UserBuilder WithEmail(string email)
    {
        _email = email;
        return this;
    }

    public UserBuilder WithPassword(string password)
    {
        _password = password;
        return this;
    }

    public UserBuilder Named(string firstName, string lastName = "Tester")
    {
        _firstName = firstName;
        _lastName = lastName;
        return this;
    }

    public RegisterUser Build() => new(_email, _password, _firstName, _lastName);

    public Task<User> CreateAsync(IUserService users) => users.RegisterAsync(Build());
}
