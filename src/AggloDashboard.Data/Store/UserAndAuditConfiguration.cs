using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AggloDashboard.Data.Store;

internal sealed class UserAccountConfiguration(bool postgres) : IEntityTypeConfiguration<UserAccount>
{
    /// <summary>PostgreSQL's equivalent of SQLite's NOCASE: an ICU collation that ignores case (and, unlike NOCASE, not only ASCII's).</summary>
    public const string PostgresCaseInsensitive = "agglo_case_insensitive";

    public void Configure(EntityTypeBuilder<UserAccount> user)
    {
        user.ToTable("Users");
        user.HasKey(u => u.Id);
        user.Property(u => u.UserName).UseCollation(postgres ? PostgresCaseInsensitive : "NOCASE");
        user.HasIndex(u => u.UserName).IsUnique();
        user.Property(u => u.CreatedAt)
            .HasColumnName("CreatedAtUtcTicks")
            .HasConversion(v => v.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
        user.Property(u => u.FirstFailedSignInAt).HasColumnName("FirstFailedSignInAtUtcTicks").HasConversion(UtcTicks);
        user.Property(u => u.LockedUntil).HasColumnName("LockedUntilUtcTicks").HasConversion(UtcTicks);
    }

    private static readonly ValueConverter<DateTimeOffset, long> UtcTicks =
        new(v => v.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("AuditLog");
        entry.HasKey(e => e.Id);
        // SQLite cannot order DateTimeOffset values; UTC ticks sort chronologically.
        entry.Property(e => e.At)
            .HasColumnName("AtUtcTicks")
            .HasConversion(v => v.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
        entry.HasIndex(e => e.At);
    }
}
