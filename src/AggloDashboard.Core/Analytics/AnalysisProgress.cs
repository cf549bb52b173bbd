namespace AggloDashboard.Core.Analytics;

/// <summary>
/// How far an analysis has come: <see cref="Done"/> of <see cref="Total"/> steps, for Moran's I and LISA one step per
/// year of each metric under each weights matrix.
/// </summary>
public readonly record struct AnalysisProgress(int Done, int Total);
