namespace TravelPlanner.Data.Changes;

/// <summary>Which family of reads a committed write changed (one cache group each).</summary>
internal enum ChangeKind
{
    /// <summary>Nothing any reader keeps a copy of (a password, an invitation still pending).</summary>
    None,

    /// <summary>Trip lists and statistics: a trip, a trip item, or which trips a user sees.</summary>
    Trips,

    /// <summary>A creator's companion list.</summary>
    Companions,

    /// <summary>An owner's voucher lists.</summary>
    Vouchers,

    /// <summary>Airport lookups and searches, shared by every user.</summary>
    Airports,
}
