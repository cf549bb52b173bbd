namespace AggloDashboard.Core.Analytics;

/// <summary>One row of a regression panel: entity (the cluster, a city), time (a year), y and the regressors.</summary>
public sealed record PanelRow(string Entity, int Time, double Y, IReadOnlyList<double> X);

/// <summary>
/// The input of <see cref="PanelRegression"/>: the name of y, the names of the regressors (in the order of each
/// row's X) and the complete rows.
/// </summary>
public sealed record PanelData(string Dependent, IReadOnlyList<string> Regressors, IReadOnlyList<PanelRow> Rows);
