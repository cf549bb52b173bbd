using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggloDashboard.Data.Store;

internal sealed class RegionRowConfiguration : IEntityTypeConfiguration<RegionRow>
{
    public void Configure(EntityTypeBuilder<RegionRow> region)
    {
        region.ToTable("Regions");
        region.HasKey(r => new { r.VersionId, r.Code });
        region.HasOne<DatasetVersion>().WithMany().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Cascade);
        region.Property(r => r.Level)
            .HasConversion(level => StoredCodes.ToCode(level), code => StoredCodes.RegionLevelFromCode(code));
    }
}
