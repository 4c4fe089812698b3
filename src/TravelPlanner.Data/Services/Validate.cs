using System.Text;
using TravelPlanner.Data.Errors;

namespace TravelPlanner.Data.Services;

/// <summary>Input checks that throw <see cref="ValidationException"/> naming the field.</summary>
internal static class Validate
{
    /// <summary>Longest free text (descriptions, notes, addresses) accepted in a <c>text</c> column.</summary>
    public const int MaxTextLength = 10_000;

    public static string Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ValidationException(field, "is required.");
        }

        Storable(value, field);
        var trimmed = value.Trim();
        return trimmed.Length > maxLength ? throw new ValidationException(field, $"must be at most {maxLength} characters.") : trimmed;
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        Storable(value, field);
        var trimmed = value.Trim();
        return trimmed.Length > maxLength ? throw new ValidationException(field, $"must be at most {maxLength} characters.") : trimmed;
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
            throw new ValidationException(field, "must not contain a NUL character.");
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                throw new ValidationException(field, "must not contain an unpaired UTF-16 surrogate (it is no valid Unicode text).");
            }
        }

        return value;
    }

    /// <summary>A required command or input object: null is a validation error naming <paramref name="field"/>, not an ArgumentNullException.</summary>
    public static T Present<T>([System.Diagnostics.CodeAnalysis.NotNull] T? value, string field)
        where T : class =>
        value ?? throw new ValidationException(field, "is required.");

    public static Guid Id(Guid value, string field) =>
        value == Guid.Empty ? throw new ValidationException(field, "is required.") : value;

    /// <summary>A trimmed, lower-cased e-mail address with one '@' and something on both sides.</summary>
    public static string Email(string? value, string field)
    {
        var email = Required(value, field, 255).ToLowerInvariant();
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 || email.Any(char.IsWhiteSpace))
        {
            throw new ValidationException(field, "must be an e-mail address.");
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
            : throw new ValidationException(field, $"must be one of {string.Join(", ", allowed)}.");
    }

    /// <summary>An active ISO 4217 currency code, trimmed and upper-cased (<c>usd</c> becomes <c>USD</c>; <c>XYZ</c> is refused).</summary>
    public static string CurrencyCode(string? value, string field)
    {
        var code = Storable(value, field)?.Trim().ToUpperInvariant();
        return code is not null && IsoCurrencyCodes.All.Contains(code)
            ? code
            : throw new ValidationException(field, "must be an ISO 4217 currency code such as USD.");
    }

    /// <summary>
    /// An amount of money for a <c>decimal(10,2)</c> column: not negative (or, with <paramref name="positive"/>,
    /// above zero), at most two decimal places (nothing is rounded silently) and below 100,000,000.
    /// </summary>
    public static decimal Money(decimal value, string field, bool positive = false)
    {
        if (positive ? value <= 0 : value < 0)
        {
            throw new ValidationException(field, positive ? "must be greater than zero." : "must not be negative.");
        }

        if (decimal.Round(value, 2) != value)
        {
            throw new ValidationException(field, "must have at most two decimal places.");
        }

        return value >= 100_000_000m ? throw new ValidationException(field, "must be below 100,000,000.") : value;
    }

    /// <summary>8 to 72 UTF-8 bytes (BCrypt ignores anything past 72).</summary>
    public static string Password(string? value, string field)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ValidationException(field, "is required.");
        }

        Storable(value, field);
        if (value.Length < 8)
        {
            throw new ValidationException(field, "must be at least 8 characters.");
        }

        return Encoding.UTF8.GetByteCount(value) > 72 ? throw new ValidationException(field, "must be at most 72 bytes in UTF-8.") : value;
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
            _ => throw new ValidationException(field, "must be a UTC (or local) time, not DateTimeKind.Unspecified."),
        };
        return value == DateTime.MinValue || value == DateTime.MaxValue || utc == DateTime.MinValue || utc == DateTime.MaxValue
            ? throw new ValidationException(field, "must be a real instant, not DateTime.MinValue or DateTime.MaxValue.")
            : utc;
    }

    /// <summary>
    /// A calendar date; <see cref="DateOnly.MinValue"/> and <see cref="DateOnly.MaxValue"/> are refused: Npgsql stores them
    /// as <c>-infinity</c> and <c>infinity</c> (every other <see cref="DateOnly"/> is within PostgreSQL's range).
    /// </summary>
    public static DateOnly Date(DateOnly value, string field) =>
        value == DateOnly.MinValue || value == DateOnly.MaxValue
            ? throw new ValidationException(field, "must be a real date, not DateOnly.MinValue or DateOnly.MaxValue.")
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
            throw new ValidationException(field, "is required.");
        }

        var code = value.Trim().ToUpperInvariant();
        return code.Length == length && code.All(c => char.IsAsciiLetterUpper(c) || (allowDigits && char.IsAsciiDigit(c)))
            ? code
            : throw new ValidationException(field, allowDigits ? $"must be {length} letters or digits." : $"must be {length} letters.");
    }

    public static int Limit(int value, string field, int max) =>
        value < 1 ? throw new ValidationException(field, "must be at least 1.") : Math.Min(value, max);

    public static int Page(int value, string field) =>
        value < 1 ? throw new ValidationException(field, "must be at least 1.") : value;

    /// <summary>An id that may be absent; <see cref="Guid.Empty"/> is refused (it is never a real row).</summary>
    public static Guid? OptionalId(Guid? value, string field) =>
        value == Guid.Empty ? throw new ValidationException(field, "must be a real id or null, not Guid.Empty.") : value;

    /// <summary>A named member of <typeparamref name="TEnum"/> (a cast such as <c>(TripPurpose)42</c> is refused).</summary>
    public static TEnum Defined<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ValidationException(field, $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}.");

    /// <summary>Refuses <paramref name="end"/> unless it is strictly later than <paramref name="start"/>; the error names <paramref name="endField"/>.</summary>
    public static void After<T>(T start, T end, string endField, string startField)
        where T : IComparable<T>
    {
        if (end.CompareTo(start) <= 0)
        {
            throw new ValidationException(endField, $"must be after {startField}.");
        }
    }

    /// <summary>Refuses <paramref name="end"/> when it is earlier than <paramref name="start"/> (equal is fine); the error names <paramref name="endField"/>.</summary>
    public static void NotBefore<T>(T start, T end, string endField, string startField)
        where T : IComparable<T>
    {
        if (end.CompareTo(start) < 0)
        {
            throw new ValidationException(endField, $"must not be before {startField}.");
        }
    }
}
