namespace AggloDashboard.Core.Domain;

/// <summary>A statistical indicator. <paramref name="Direction"/> is +1 when more is better, -1 when less is better.</summary>
public sealed record Indicator(string Code, string NameZh, string NameEn, string Unit, Subsystem Subsystem, int Direction);
