namespace TravelPlanner.Data.Testing;

/// <summary>No server could be found or started; the message says what to install or set.</summary>
public sealed class TestServerUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
