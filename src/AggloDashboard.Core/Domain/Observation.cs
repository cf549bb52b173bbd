namespace AggloDashboard.Core.Domain;

/// <summary>One value of the long-format panel; <c>null</c> is a missing value.</summary>
public sealed record Observation(string RegionCode, int Year, string IndicatorCode, double? Value);
