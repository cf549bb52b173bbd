using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggloDashboard.Data.Store;

internal sealed class DatasetVersionConfiguration(bool postgres) : IEntityTypeConfiguration<DatasetVersion>
{
    public void Configure(EntityTypeBuilder<DatasetVersion> version)
    {
        version.ToTable("DatasetVersions");
        version.HasKey(v => v.Id);

        // SQLite cannot order DateTimeOffset values; UTC ticks sort chronologically.
        version.Property(v => v.CreatedAt)
            .HasColumnName("CreatedAtUtcTicks")
            .HasConversion(v => v.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
        version.HasIndex(v => v.CreatedAt);

        version.HasIndex(v => v.ContentHash);

        // The database itself refuses a second active version.
        version.HasIndex(v => v.IsActive)
            .IsUnique()
            .HasFilter(postgres ? "\"IsActive\"" : "\"IsActive\" = 1")
            .HasDatabaseName("IX_DatasetVersions_SingleActive");
    }
}
