using AggloDashboard.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggloDashboard.Data.Store;

internal sealed class IndicatorRowConfiguration : IEntityTypeConfiguration<IndicatorRow>
{
    public void Configure(EntityTypeBuilder<IndicatorRow> indicator)
    {
        indicator.ToTable("Indicators");
        indicator.HasKey(i => new { i.VersionId, i.Code });
        indicator.HasOne<DatasetVersion>().WithMany().HasForeignKey(i => i.VersionId).OnDelete(DeleteBehavior.Cascade);
        indicator.Property(i => i.Subsystem)
            .HasConversion(subsystem => subsystem.ToCode(), code => StoredCodes.SubsystemFromCode(code));
    }
}
