namespace AggloDashboard.Core.Metrics;

/// <summary>The metric codes of the contract (docs/METRICS.md §1–5), as written by <c>compute</c>.</summary>
public static class MetricCodes
{
    public const string LqManufacturing = "lq.manufacturing";
    public const string LqProducerServices = "lq.producer_services";
    public const string Coagglomeration = "coagg";
    public const string InnovationInput = "innov.input";
    public const string InnovationOutput = "innov.output";
    public const string InnovationBenefit = "innov.benefit";
    public const string InnovationC = "innov.c";
    public const string InnovationT = "innov.t";
    public const string InnovationD = "innov.d";
    public const string AgglomerationU = "agglo.u";
    public const string CouplingC = "couple.c";
    public const string CouplingT = "couple.t";
    public const string CouplingD = "couple.d";
    public const string CouplingRatio = "couple.ratio";

    public const string EgManufacturing = "eg.manufacturing";
    public const string EgProducerServices = "eg.producer_services";
    public const string EgkCoagglomeration = "egk.coagg";

    /// <summary><c>lq.&lt;code&gt;</c> for a single producer-service sector.</summary>
    public static string SectorLq(string indicatorCode) => "lq." + indicatorCode;

    public static string Cv(string metric) => "cv." + metric;

    public static string Theil(string metric) => "theil." + metric;

    public static string Gini(string metric) => "gini." + metric;
}
