namespace TravelPlanner.Data.Security;

/// <summary>
/// Standard BCrypt (BCrypt.Net-Next, <c>$2a$</c>/<c>$2b$</c> hashes, so hashes from the seed's Node
/// bcrypt verify as they are) with a configurable work factor; hashes made with a lower factor report
/// <see cref="NeedsRehash"/>.
/// </summary>
public sealed class BCryptPasswordHasher : IPasswordHasher
{
    /// <summary>The work factor used when none is configured.</summary>
    public const int DefaultWorkFactor = 12;

    private readonly int _workFactor;

    /// <summary>Creates a hasher with <paramref name="workFactor"/> (4-31; each step doubles the cost).</summary>
    public BCryptPasswordHasher(int workFactor = DefaultWorkFactor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workFactor, 4);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workFactor, 31);
        _workFactor = workFactor;
    }

    /// <inheritdoc />
    public string Hash(string password) => BCrypt.Net.BCrypt.HashPassword(password, _workFactor);

    /// <inheritdoc />
    public bool Verify(string password, string hash)
    {
        try
        {
            return BCrypt.Net.BCrypt.Verify(password, hash);
        }
        catch (BCrypt.Net.SaltParseException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public bool NeedsRehash(string hash) => BCrypt.Net.BCrypt.PasswordNeedsRehash(hash, _workFactor);
}
