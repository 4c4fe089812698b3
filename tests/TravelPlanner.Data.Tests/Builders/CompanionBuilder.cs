using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.Tests.Builders;

/// <summary>Fresh companion profiles for a test: <c>await CompanionBuilder.New().Named("Grace").CreateAsync(companions, user.Id)</c>.</summary>
public sealed class CompanionBuilder
{
    private string _name = "Grace Hopper";
    private string? _email = $"companion-{Guid.NewGuid():N}@example.com";
    private DateOnly? _dateOfBirth = new(1990, 12, 9);
    private string? _relationship = "friend";

    public static CompanionBuilder New() => new();

    public CompanionBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public CompanionBuilder WithEmail(string? email)
    {
        _email = email;
        return this;
    }

    public CompanionBuilder Born(DateOnly? dateOfBirth)
    {
        _dateOfBirth = dateOfBirth;
        return this;
    }

    public CompanionBuilder Relationship(string? relationship)
    {
        _relationship = relationship;
        return this;
    }

    public CompanionDetails Build() => new(_name, _email, _dateOfBirth, _relationship);

    public Task<Companion> CreateAsync(ICompanionService companions, Guid userId) => companions.CreateCompanionAsync(Build(), userId);
}
