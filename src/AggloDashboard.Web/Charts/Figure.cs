using Plotly.Blazor;

namespace AggloDashboard.Web.Charts;

/// <summary>What a chart draws: its traces and layout, built by a pure mapper from metric values.</summary>
public sealed record Figure(IList<ITrace> Data, Layout Layout);
