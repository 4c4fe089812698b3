namespace TravelPlanner.Data.Errors;

/// <summary>Login failed. Deliberately the same for an unknown e-mail and a wrong password.</summary>
public sealed class AuthenticationFailedException : TravelPlannerException
{
    /// <summary>Creates the exception.</summary>
    public AuthenticationFailedException()
        : base("Invalid e-mail or password.")
    {
    }
}
