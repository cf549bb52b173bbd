using Microsoft.EntityFrameworkCore;

namespace AggloDashboard.Data.Store;

public sealed class AggloDbContext(DbContextOptions<AggloDbContext> options) : DbContext(options)
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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new DatasetVersionConfiguration());
        modelBuilder.ApplyConfiguration(new RegionRowConfiguration());
        modelBuilder.ApplyConfiguration(new IndicatorRowConfiguration());
        modelBuilder.ApplyConfiguration(new ObservationRowConfiguration());
        modelBuilder.ApplyConfiguration(new BoundaryRowConfiguration());
        modelBuilder.ApplyConfiguration(new UserAccountConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new StoryConfiguration());
        modelBuilder.ApplyConfiguration(new StorySlideConfiguration());
    }
}
