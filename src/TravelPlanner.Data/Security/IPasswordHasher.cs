namespace TravelPlanner.Data.Security;

/// <summary>Hashes and verifies passwords (BCrypt by default).</summary>
public interface IPasswordHasher
{
    /// <summary>A new salted hash of <paramref name="password"/>.</summary>
    string Hash(string password);

    /// <summary>True when <paramref name="password"/> matches <paramref name="hash"/>.</summary>
    bool Verify(string password, string hash);

    /// <summary>True when <paramref name="hash"/> was made with weaker settings than the current ones and should be replaced.</summary>
    bool NeedsRehash(string hash);
}
