using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AggloDashboard.Data.Store;

public sealed class AggloDbContext(DbContextOptions<AggloDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DatasetVersion> DatasetVersions => Set<DatasetVersion>();
    public DbSet<RegionRow> Regions => Set<RegionRow>();
    public DbSet<IndicatorRow> Indicators => Set<IndicatorRow>();
    public DbSet<ObservationRow> Observations => Set<ObservationRow>();
    public DbSet<BoundaryRow> Boundaries => Set<BoundaryRow>();
    public DbSet<UserAccount> Users => Set<UserAccount>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<StorySlide> StorySlides => Set<StorySlide>();

    /// <summary>The web app's data-protection keys when instances share a PostgreSQL store (cookies work on every instance).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>True on PostgreSQL: a few mappings differ from SQLite's (a boolean filter, a case-insensitive collation).</summary>
    internal bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (IsPostgres)
            modelBuilder.HasCollation(UserAccountConfiguration.PostgresCaseInsensitive, locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        modelBuilder.ApplyConfiguration(new DatasetVersionConfiguration(IsPostgres));
        modelBuilder.ApplyConfiguration(new RegionRowConfiguration());
        modelBuilder.ApplyConfiguration(new IndicatorRowConfiguration());
        modelBuilder.ApplyConfiguration(new ObservationRowConfiguration());
        modelBuilder.ApplyConfiguration(new BoundaryRowConfiguration());
        modelBuilder.ApplyConfiguration(new UserAccountConfiguration(IsPostgres));
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new StoryConfiguration());
        modelBuilder.ApplyConfiguration(new StorySlideConfiguration());
    }
}
