using System.Text;
using TravelPlanner.Data.Errors;

namespace TravelPlanner.Data.Services;

/// <summary>
/// Input checks that throw <see cref="ValidationException"/> naming the field. Inside <see cref="All{T}"/> (a command's
/// fields) a failed check is recorded instead and returns a stand-in value, so the one exception names every invalid
/// field; the stand-ins never reach SQL, since <see cref="All{T}"/> throws before returning.
/// </summary>
internal static class Validate
{
    // The collector of the innermost All on this thread. All runs a synchronous function, so the collector never
    // crosses an await: a thread-static is exact here, and costs nothing when no command is being validated.
    [ThreadStatic]
    private static ValidationErrors? t_collecting;

    /// <summary>Longest free text (descriptions, notes, addresses) accepted in a <c>text</c> column.</summary>
    public const int MaxTextLength = 10_000;

    public static string Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Fail(field, "is required.", string.Empty);
        }

        Storable(value, field);
        var trimmed = value.Trim();
        return trimmed.Length > maxLength ? Fail(field, $"must be at most {maxLength} characters.", trimmed) : trimmed;
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        Storable(value, field);
        var trimmed = value.Trim();
        return trimmed.Length > maxLength ? Fail(field, $"must be at most {maxLength} characters.", trimmed) : trimmed;
    }

    /// <summary>
    /// Refuses text PostgreSQL cannot store or the driver cannot encode: a NUL character (PostgreSQL 22021) or a UTF-16
    /// surrogate without its pair (UTF-8 has no encoding for it; .NET throws <see cref="EncoderFallbackException"/>).
    /// Checked before any SQL runs, so nothing is written (issue 14, item 10). Null passes.
    /// </summary>
    public static string? Storable(string? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Contains('\0', StringComparison.Ordinal))
        {
            return Fail(field, "must not contain a NUL character.", value);
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return Fail(field, "must not contain an unpaired UTF-16 surrogate (it is no valid Unicode text).", value);
            }
        }

        return value;
    }

    /// <summary>A required command or input object: null is a validation error naming <paramref name="field"/>, not an ArgumentNullException.</summary>
    public static T Present<T>([System.Diagnostics.CodeAnalysis.NotNull] T? value, string field)
        where T : class =>
        value ?? throw new ValidationException(field, "is required."); // nothing of a missing command can be checked further

    public static Guid Id(Guid value, string field) =>
        value == Guid.Empty ? Fail(field, "is required.", value) : value;

    /// <summary>A trimmed, lower-cased e-mail address with one '@' and something on both sides.</summary>
    public static string Email(string? value, string field)
    {
        var email = Required(value, field, 255).ToLowerInvariant();
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 || email.Any(char.IsWhiteSpace))
        {
            return Fail(field, "must be an e-mail address.", email);
        }

        return email;
    }

    /// <summary>Like <see cref="Email"/>, but blank means "none" (null).</summary>
    public static string? OptionalEmail(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : Email(value, field);

    /// <summary>
    /// The trimmed, upper-cased value when it is one of <paramref name="allowed"/> (upper-case names such as
    /// <c>OPEN</c>); refused otherwise, listing what is allowed.
    /// </summary>
    public static string OneOf(string? value, string field, IReadOnlyCollection<string> allowed)
    {
        var normalised = Storable(value, field)?.Trim().ToUpperInvariant();
        return normalised is not null && allowed.Contains(normalised)
            ? normalised
            : Fail(field, $"must be one of {string.Join(", ", allowed)}.", normalised ?? string.Empty);
    }

    /// <summary>An active ISO 4217 currency code, trimmed and upper-cased (<c>usd</c> becomes <c>USD</c>; <c>XYZ</c> is refused).</summary>
    public static string CurrencyCode(string? value, string field)
    {
        var code = Storable(value, field)?.Trim().ToUpperInvariant();
        return code is not null && IsoCurrencyCodes.All.Contains(code)
            ? code
            : Fail(field, "must be an ISO 4217 currency code such as USD.", code ?? string.Empty);
    }

    /// <summary>
    /// An amount of money for a <c>decimal(10,2)</c> column: not negative (or, with <paramref name="positive"/>,
    /// above zero), at most two decimal places (nothing is rounded silently) and below 100,000,000.
    /// </summary>
    public static decimal Money(decimal value, string field, bool positive = false)
    {
        if (positive ? value <= 0 : value < 0)
        {
            return Fail(field, positive ? "must be greater than zero." : "must not be negative.", value);
        }

        if (decimal.Round(value, 2) != value)
        {
            return Fail(field, "must have at most two decimal places.", value);
        }

        return value >= 100_000_000m ? Fail(field, "must be below 100,000,000.", value) : value;
    }

    /// <summary>8 to 72 UTF-8 bytes (BCrypt ignores anything past 72).</summary>
    public static string Password(string? value, string field)
    {
        if (string.IsNullOrEmpty(value))
        {
            return Fail(field, "is required.", string.Empty);
        }

        Storable(value, field);
        if (value.Length < 8)
        {
            return Fail(field, "must be at least 8 characters.", value);
        }

        return Encoding.UTF8.GetByteCount(value) > 72 ? Fail(field, "must be at most 72 bytes in UTF-8.", value) : value;
    }

    /// <summary>
    /// An instant as UTC. Local times are converted; unspecified kinds are refused (their zone is unknown), and so are
    /// <see cref="DateTime.MinValue"/> and <see cref="DateTime.MaxValue"/>, which Npgsql stores as <c>-infinity</c> and
    /// <c>infinity</c>: a placeholder, never a real instant (issue 14, item 11).
    /// </summary>
    public static DateTime Utc(DateTime value, string field)
    {
        var utc = value.Kind switch
        {
            DateTimeKind.Utc => value,
            DateTimeKind.Local => value.ToUniversalTime(),
            _ => Fail(field, "must be a UTC (or local) time, not DateTimeKind.Unspecified.", value),
        };
        return value == DateTime.MinValue || value == DateTime.MaxValue || utc == DateTime.MinValue || utc == DateTime.MaxValue
            ? Fail(field, "must be a real instant, not DateTime.MinValue or DateTime.MaxValue.", utc)
            : utc;
    }

    /// <summary>
    /// A calendar date; <see cref="DateOnly.MinValue"/> and <see cref="DateOnly.MaxValue"/> are refused: Npgsql stores them
    /// as <c>-infinity</c> and <c>infinity</c> (every other <see cref="DateOnly"/> is within PostgreSQL's range).
    /// </summary>
    public static DateOnly Date(DateOnly value, string field) =>
        value == DateOnly.MinValue || value == DateOnly.MaxValue
            ? Fail(field, "must be a real date, not DateOnly.MinValue or DateOnly.MaxValue.", value)
            : value;

    /// <summary>Like <see cref="Date"/>, but null means "none".</summary>
    public static DateOnly? OptionalDate(DateOnly? value, string field) => value is { } date ? Date(date, field) : null;

    /// <summary>
    /// A code of exactly <paramref name="length"/> ASCII letters (and digits when <paramref name="allowDigits"/>),
    /// trimmed and upper-cased: IATA airport codes, airline designators, currency codes.
    /// </summary>
    public static string Code(string? value, string field, int length, bool allowDigits = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Fail(field, "is required.", string.Empty);
        }

        var code = value.Trim().ToUpperInvariant();
        return code.Length == length && code.All(c => char.IsAsciiLetterUpper(c) || (allowDigits && char.IsAsciiDigit(c)))
            ? code
            : Fail(field, allowDigits ? $"must be {length} letters or digits." : $"must be {length} letters.", code);
    }

    public static int Limit(int value, string field, int max) =>
        value < 1 ? Fail(field, "must be at least 1.", 1) : Math.Min(value, max);

    public static int Page(int value, string field) =>
        value < 1 ? Fail(field, "must be at least 1.", 1) : value;

    /// <summary>An id that may be absent; <see cref="Guid.Empty"/> is refused (it is never a real row).</summary>
    public static Guid? OptionalId(Guid? value, string field) =>
        value == Guid.Empty ? Fail(field, "must be a real id or null, not Guid.Empty.", value) : value;

    /// <summary>A named member of <typeparamref name="TEnum"/> (a cast such as <c>(TripPurpose)42</c> is refused).</summary>
    public static TEnum Defined<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value : Fail(field, $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}.", Enum.GetValues<TEnum>()[0]); // the stand-in is a defined member: callers map it (DbCodes.Of)

    /// <summary>Refuses <paramref name="end"/> unless it is strictly later than <paramref name="start"/>; the error names <paramref name="endField"/>.</summary>
    public static void After<T>(T start, T end, string endField, string startField)
        where T : IComparable<T>
    {
        if (end.CompareTo(start) <= 0)
        {
            _ = Fail(endField, $"must be after {startField}.", end);
        }
    }

    /// <summary>Refuses <paramref name="end"/> when it is earlier than <paramref name="start"/> (equal is fine); the error names <paramref name="endField"/>.</summary>
    public static void NotBefore<T>(T start, T end, string endField, string startField)
        where T : IComparable<T>
    {
        if (end.CompareTo(start) < 0)
        {
            _ = Fail(endField, $"must not be before {startField}.", end);
        }
    }

    /// <summary>
    /// Runs <paramref name="validate"/> (the checks of one command, synchronous) collecting every failed check, then throws
    /// one <see cref="ValidationException"/> naming each invalid field (the first reason for each), or returns its result.
    /// Nested inside another <see cref="All{T}"/>, the outer one collects.
    /// </summary>
    public static T All<T>(Func<T> validate)
    {
        if (t_collecting is not null)
        {
            return validate();
        }

        var errors = new ValidationErrors();
        t_collecting = errors;
        T result;
        try
        {
            result = validate();
        }
        catch (ValidationException e)
        {
            // A check that cannot go on (a missing nested object) throws at once: report it with the rest.
            errors.Add(e);
            throw errors.ToException();
        }
        finally
        {
            t_collecting = null;
        }

        return errors.Count == 0 ? result : throw errors.ToException();
    }

    /// <summary>
    /// A rule of the caller's own (a date of birth in the future, a flight number's shape): refused like every check here,
    /// collected inside <see cref="All{T}"/> (returning <paramref name="standIn"/>), thrown outside it.
    /// </summary>
    public static T Refuse<T>(string field, string message, T standIn) => Fail(field, message, standIn);

    /// <summary>Records the failure when a command is being validated (<see cref="All{T}"/>) and returns <paramref name="standIn"/>; throws otherwise.</summary>
    private static T Fail<T>(string field, string message, T standIn)
    {
        if (t_collecting is not { } errors)
        {
            throw new ValidationException(field, message);
        }

        errors.Add(field, message);
        return standIn;
    }
}
