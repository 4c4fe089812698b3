namespace TravelPlanner.Data.Changes;

/// <summary>Which family of reads a committed write changed (one cache group each).</summary>
internal enum ChangeKind
{
    /// <summary>Nothing any reader keeps a copy of (a password, an invitation still pending).</summary>
    None,

    /// <summary>Trip lists, statistics and details: a trip, a trip item, or which trips a user sees.</summary>
    Trips,

    /// <summary>A trip created: its owner's lists and statistics, not the details of any trip that existed before.</summary>
    TripCreated,

    /// <summary>
    /// Trip details only: who travels (a trip's companions, an item's travellers) or what a companion profile shown in them
    /// says. No list or statistic counts them.
    /// </summary>
    TripDetails,

    /// <summary>A creator's companion list.</summary>
    Companions,

    /// <summary>An owner's voucher lists.</summary>
    Vouchers,

    /// <summary>Airport lookups and searches, shared by every user.</summary>
    Airports,
}
