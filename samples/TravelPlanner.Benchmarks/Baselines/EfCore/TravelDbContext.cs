using Microsoft.EntityFrameworkCore;

namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary>
/// The EF Core alternative a .NET team would pick: the same tables, quoted camelCase columns
/// (<c>"departureDate"</c>), timestamps and ids as the database generates them. Read queries use AsNoTracking.
/// </summary>
public sealed class TravelDbContext(DbContextOptions<TravelDbContext> options) : DbContext(options)
{
    public DbSet<EfTrip> Trips => Set<EfTrip>();
    public DbSet<EfFlight> Flights => Set<EfFlight>();
    public DbSet<EfHotel> Hotels => Set<EfHotel>();
    public DbSet<EfTransportation> Transportation => Set<EfTransportation>();
    public DbSet<EfCarRental> CarRentals => Set<EfCarRental>();
    public DbSet<EfEvent> Events => Set<EfEvent>();
    public DbSet<EfTravelCompanion> TravelCompanions => Set<EfTravelCompanion>();
    public DbSet<EfTripCompanion> TripCompanions => Set<EfTripCompanion>();
    public DbSet<EfItemCompanion> ItemCompanions => Set<EfItemCompanion>();
    public DbSet<EfTripInvitation> TripInvitations => Set<EfTripInvitation>();
    public DbSet<EfAirport> Airports => Set<EfAirport>();
    public DbSet<EfUser> Users => Set<EfUser>();
    public DbSet<EfVoucher> Vouchers => Set<EfVoucher>();
    public DbSet<EfVoucherAttachment> VoucherAttachments => Set<EfVoucherAttachment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EfTrip>().ToTable("trips");
        modelBuilder.Entity<EfFlight>().ToTable("flights");
        modelBuilder.Entity<EfHotel>().ToTable("hotels");
        modelBuilder.Entity<EfTransportation>().ToTable("transportation");
        modelBuilder.Entity<EfCarRental>().ToTable("car_rentals");
        modelBuilder.Entity<EfEvent>().ToTable("events");
        modelBuilder.Entity<EfTravelCompanion>().ToTable("travel_companions");
        modelBuilder.Entity<EfTripCompanion>().ToTable("trip_companions");
        modelBuilder.Entity<EfItemCompanion>().ToTable("item_companions");
        modelBuilder.Entity<EfTripInvitation>().ToTable("trip_invitations");
        modelBuilder.Entity<EfAirport>().ToTable("airports").HasKey(a => a.Iata);
        modelBuilder.Entity<EfUser>().ToTable("users");
        modelBuilder.Entity<EfVoucher>().ToTable("vouchers");
        modelBuilder.Entity<EfVoucherAttachment>().ToTable("voucher_attachments");

        modelBuilder.Entity<EfTrip>().HasMany(t => t.Flights).WithOne().HasForeignKey(f => f.TripId);
        modelBuilder.Entity<EfTrip>().HasMany(t => t.Hotels).WithOne().HasForeignKey(h => h.TripId);
        modelBuilder.Entity<EfTrip>().HasMany(t => t.Transportation).WithOne().HasForeignKey(x => x.TripId);
        modelBuilder.Entity<EfTrip>().HasMany(t => t.CarRentals).WithOne().HasForeignKey(c => c.TripId);
        modelBuilder.Entity<EfTrip>().HasMany(t => t.Events).WithOne().HasForeignKey(e => e.TripId);
        modelBuilder.Entity<EfTrip>().HasMany(t => t.Companions).WithOne().HasForeignKey(c => c.TripId);
        modelBuilder.Entity<EfTrip>().HasMany(t => t.Invitations).WithOne().HasForeignKey(i => i.TripId);

        // The schema's naming: quoted camelCase columns; timestamps filled (and kept) by the database.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(char.ToLowerInvariant(property.Name[0]) + property.Name[1..]);
            }

            if (entity.FindProperty("CreatedAt") is { } created)
            {
                created.SetDefaultValueSql("now()");
                created.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd;
            }

            if (entity.FindProperty("UpdatedAt") is { } updated)
            {
                updated.SetDefaultValueSql("now()");
                updated.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAddOrUpdate;
            }
        }
    }
}
