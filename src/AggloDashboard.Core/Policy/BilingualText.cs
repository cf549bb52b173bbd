namespace AggloDashboard.Core.Policy;

/// <summary>A text in Chinese and English.</summary>
public sealed record BilingualText(string Zh, string En);
