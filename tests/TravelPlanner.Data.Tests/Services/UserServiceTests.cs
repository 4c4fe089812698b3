using System.Reflection;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Security;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

public sealed class UserServiceTests(TestDatabase database) : ServiceTestBase(database)
{
    [Fact]
    public async Task Registering_normalises_the_email_and_returns_the_user_without_the_hash()
    {
        var email = $"  Mixed.Case-{Guid.NewGuid():N}@Example.COM ";

        var user = await Users.RegisterAsync(new RegisterUser(email, "s3cret-password", " Ada ", "Lovelace"));

        Assert.Equal(email.Trim().ToLowerInvariant(), user.Email);
        Assert.Equal("Ada", user.FirstName);
        Assert.Equal(DateTimeKind.Utc, user.CreatedAt.Kind);
        Assert.Equal(user, await Users.GetByIdAsync(user.Id));
        Assert.Equal(user, await Users.FindByEmailAsync(email.ToUpperInvariant()));
    }

    [Fact]
    public void No_public_model_carries_a_password_or_hash()
    {
        var leaking = typeof(User).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "TravelPlanner.Data.Models" && t != typeof(RegisterUser))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance), (t, p) => $"{t.Name}.{p.Name}")
            .Where(name => name.Contains("password", StringComparison.OrdinalIgnoreCase) || name.Contains("hash", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.Empty(leaking);
    }

    [Fact]
    public async Task A_second_account_with_the_same_email_in_other_case_is_a_conflict_on_email()
    {
        var first = await UserBuilder.New().CreateAsync(Users);

        var error = await Assert.ThrowsAsync<ConflictException>(
            () => Users.RegisterAsync(UserBuilder.New().WithEmail(first.Email.ToUpperInvariant()).Build()));

        Assert.Equal("email", error.Field);
    }

    [Theory]
    [InlineData("not-an-email", "password123", "A", "B", "email")]
    [InlineData("", "password123", "A", "B", "email")]
    [InlineData("a@b.c", "short", "A", "B", "password")]
    [InlineData("a@b.c", "password123", " ", "B", "firstName")]
    [InlineData("a@b.c", "password123", "A", "", "lastName")]
    public async Task Bad_registration_input_is_refused_naming_the_field(string email, string password, string first, string last, string field)
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => Users.RegisterAsync(new RegisterUser(email, password, first, last)));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public async Task A_password_over_72_bytes_is_refused()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(
            () => Users.RegisterAsync(UserBuilder.New().WithPassword(new string('é', 37)).Build()));

        Assert.Equal("password", error.Field);
    }

    [Fact]
    public async Task Authenticating_with_the_right_password_returns_the_user()
    {
        var user = await UserBuilder.New().CreateAsync(Users);

        var authenticated = await Users.AuthenticateAsync(user.Email.ToUpperInvariant(), UserBuilder.DefaultPassword);

        Assert.Equal(user.Id, authenticated.Id);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_email_give_the_same_error()
    {
        var user = await UserBuilder.New().CreateAsync(Users);

        var wrongPassword = await Assert.ThrowsAsync<AuthenticationFailedException>(() => Users.AuthenticateAsync(user.Email, "wrong password"));
        var unknownEmail = await Assert.ThrowsAsync<AuthenticationFailedException>(() => Users.AuthenticateAsync($"nobody-{Guid.NewGuid():N}@example.com", "wrong password"));

        Assert.Equal(wrongPassword.Message, unknownEmail.Message);
        Assert.Equal(wrongPassword.GetType(), unknownEmail.GetType());
    }

    [Fact]
    public async Task Logging_in_after_the_work_factor_rose_rehashes_the_password()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var rows = new Schema.SchemaRows(Database.DataSource);
        await using var stronger = TestServices.Create(Database, o => o.PasswordWorkFactor = 5);

        await stronger.Get<IUserService>().AuthenticateAsync(user.Email, UserBuilder.DefaultPassword);

        Assert.Equal(1, await rows.CountAsync("select count(*) from users where id = $1 and password like '$2_$05$%'", user.Id));
        Assert.Equal(user.Id, (await Users.AuthenticateAsync(user.Email, UserBuilder.DefaultPassword)).Id);
    }

    [Fact]
    public async Task Changing_the_password_requires_the_current_one_and_replaces_it()
    {
        var user = await UserBuilder.New().CreateAsync(Users);

        await Assert.ThrowsAsync<AuthenticationFailedException>(() => Users.ChangePasswordAsync(user.Id, "not the password", "new password 1"));
        await Users.ChangePasswordAsync(user.Id, UserBuilder.DefaultPassword, "new password 1");

        await Assert.ThrowsAsync<AuthenticationFailedException>(() => Users.AuthenticateAsync(user.Email, UserBuilder.DefaultPassword));
        Assert.Equal(user.Id, (await Users.AuthenticateAsync(user.Email, "new password 1")).Id);
    }

    [Fact]
    public async Task An_unknown_user_id_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Users.GetByIdAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<NotFoundException>(() => Users.ChangePasswordAsync(Guid.NewGuid(), "whatever1", "whatever2"));
    }

    [Fact]
    public void The_hasher_verifies_standard_bcrypt_hashes_such_as_nodes()
    {
        // Node's bcrypt writes $2b$ hashes; the seed's existing accounts must keep logging in.
        var hasher = new BCryptPasswordHasher(10);
        var hash = BCrypt.Net.BCrypt.HashPassword(UserBuilder.DefaultPassword, 10).Replace("$2a$", "$2b$", StringComparison.Ordinal);

        Assert.True(hasher.Verify(UserBuilder.DefaultPassword, hash));
        Assert.False(hasher.NeedsRehash(hash));
        Assert.True(new BCryptPasswordHasher(11).NeedsRehash(hash));
    }
}
