using AggloDashboard.Core.Domain;
using AggloDashboard.Core.Metrics;

namespace AggloDashboard.Web.Services;

public enum MetricGroup
{
    Agglomeration,
    Innovation,
    Coupling,
}

/// <summary>How a metric is drawn on the map: a sequential scale, or the ten coordination classes (for D).</summary>
public enum MetricScale
{
    Continuous,
    CoordinationClasses,
}

/// <summary>A metric the pages can show, with its bilingual name.</summary>
public sealed record MetricInfo(string Code, MetricGroup Group, string NameZh, string NameEn, MetricScale Scale)
{
    public string Name(Lang lang) => lang == Lang.Zh ? NameZh : NameEn;
}

/// <summary>The metrics of a dataset (docs/METRICS.md §1–5) in contract order, named in both languages.</summary>
public sealed class MetricCatalog
{
    private static readonly Dictionary<string, (MetricGroup Group, string Zh, string En, MetricScale Scale)> Known = new()
    {
        [MetricCodes.LqManufacturing] = (MetricGroup.Agglomeration, "制造业区位熵", "Manufacturing location quotient", MetricScale.Continuous),
        [MetricCodes.LqProducerServices] = (MetricGroup.Agglomeration, "生产性服务业区位熵", "Producer services location quotient", MetricScale.Continuous),
        [MetricCodes.Coagglomeration] = (MetricGroup.Agglomeration, "协同集聚指数", "Synergy co-agglomeration", MetricScale.Continuous),
        [MetricCodes.InnovationInput] = (MetricGroup.Innovation, "创新投入子系统", "Innovation input subsystem", MetricScale.Continuous),
        [MetricCodes.InnovationOutput] = (MetricGroup.Innovation, "创新产出子系统", "Innovation output subsystem", MetricScale.Continuous),
        [MetricCodes.InnovationBenefit] = (MetricGroup.Innovation, "创新效益子系统", "Innovation benefit subsystem", MetricScale.Continuous),
        [MetricCodes.InnovationC] = (MetricGroup.Innovation, "创新系统耦合度 C", "Innovation coupling degree C", MetricScale.Continuous),
        [MetricCodes.InnovationT] = (MetricGroup.Innovation, "创新综合发展指数 T", "Innovation comprehensive development T", MetricScale.Continuous),
        [MetricCodes.InnovationD] = (MetricGroup.Innovation, "创新系统协调度 D", "Innovation coordination degree D", MetricScale.CoordinationClasses),
        [MetricCodes.AgglomerationU] = (MetricGroup.Coupling, "产业集聚综合指数", "Agglomeration composite", MetricScale.Continuous),
        [MetricCodes.CouplingC] = (MetricGroup.Coupling, "集聚—创新耦合度 C", "Agglomeration–innovation coupling C", MetricScale.Continuous),
        [MetricCodes.CouplingT] = (MetricGroup.Coupling, "集聚—创新综合指数 T", "Agglomeration–innovation development T", MetricScale.Continuous),
        [MetricCodes.CouplingD] = (MetricGroup.Coupling, "集聚—创新耦合协调度 D", "Agglomeration–innovation coordination D", MetricScale.CoordinationClasses),
        [MetricCodes.CouplingRatio] = (MetricGroup.Coupling, "相对发展度", "Relative development degree", MetricScale.Continuous),
    };

    private readonly Dictionary<string, MetricInfo> _byCode;

    public MetricCatalog(IReadOnlyList<string> metricOrder, IReadOnlyList<Indicator> indicators)
    {
        var indicatorByLq = indicators.ToDictionary(i => MetricCodes.SectorLq(i.Code), StringComparer.Ordinal);
        All = metricOrder.Select(code => Describe(code, indicatorByLq)).ToArray();
        _byCode = All.ToDictionary(m => m.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<MetricInfo> All { get; }

    public MetricInfo? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var m) ? m : null;

    private static MetricInfo Describe(string code, Dictionary<string, Indicator> indicatorByLq)
    {
        if (Known.TryGetValue(code, out var k))
        {
            return new MetricInfo(code, k.Group, k.Zh, k.En, k.Scale);
        }

        var sector = indicatorByLq.TryGetValue(code, out var i) ? i : null;
        return new MetricInfo(code, MetricGroup.Agglomeration,
            "区位熵：" + (sector?.NameZh ?? code), "Location quotient: " + (sector?.NameEn ?? code), MetricScale.Continuous);
    }
}
