using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggloDashboard.Data.Store;

internal sealed class BoundaryRowConfiguration : IEntityTypeConfiguration<BoundaryRow>
{
    public void Configure(EntityTypeBuilder<BoundaryRow> boundary)
    {
        boundary.ToTable("Boundaries");
        boundary.HasKey(b => b.VersionId);
        boundary.HasOne<DatasetVersion>().WithOne().HasForeignKey<BoundaryRow>(b => b.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
