using AggloDashboard.Data.Stories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggloDashboard.Data.Store;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> story)
    {
        story.ToTable("Stories");
        story.HasKey(s => s.Id);
        story.Property(s => s.Name).HasMaxLength(StoryLimits.MaxNameLength);
        // SQLite cannot order DateTimeOffset values; UTC ticks sort chronologically.
        story.Property(s => s.CreatedAt)
            .HasColumnName("CreatedAtUtcTicks")
            .HasConversion(v => v.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
        story.Property(s => s.DeletedAt)
            .HasColumnName("DeletedAtUtcTicks")
            .HasConversion(v => v!.Value.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
        story.HasMany(s => s.Slides).WithOne().HasForeignKey(s => s.StoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StorySlideConfiguration : IEntityTypeConfiguration<StorySlide>
{
    public void Configure(EntityTypeBuilder<StorySlide> slide)
    {
        slide.ToTable("StorySlides");
        slide.HasKey(s => s.Id);
        slide.HasIndex(s => new { s.StoryId, s.Position });
        slide.Property(s => s.Path).HasMaxLength(StoryLimits.MaxPathLength);
        slide.Property(s => s.Query).HasMaxLength(StoryLimits.MaxQueryLength);
        slide.Property(s => s.CaptionZh).HasMaxLength(StoryLimits.MaxCaptionLength);
        slide.Property(s => s.CaptionEn).HasMaxLength(StoryLimits.MaxCaptionLength);
    }
}
