using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggloDashboard.Data.Store;

internal sealed class ObservationRowConfiguration : IEntityTypeConfiguration<ObservationRow>
{
    public void Configure(EntityTypeBuilder<ObservationRow> observation)
    {
        observation.ToTable("Observations");
        // Key order matches the Dataset's canonical order, so a version's rows are read back already sorted.
        observation.HasKey(o => new { o.VersionId, o.RegionCode, o.Year, o.IndicatorCode });
        observation.HasOne<DatasetVersion>().WithMany().HasForeignKey(o => o.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
