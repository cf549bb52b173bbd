namespace AggloDashboard.Data.Seed;

/// <summary>A range from the first to the last year of the illustrative panel.</summary>
public readonly record struct Span(double Start, double End)
{
    /// <summary>Geometric interpolation for levels that grow at a steady rate.</summary>
    public double Geometric(double f) => Start * Math.Pow(End / Start, f);

    /// <summary>Linear interpolation for shares and rates.</summary>
    public double Linear(double f) => Start + (End - Start) * f;
}

/// <summary>
/// The calibration of one city in the illustrative generator: levels in 2005 and 2023 for the quantities that drive
/// every indicator. Magnitudes are set to plausible orders (Changchun about 9 million people, the other cities 1–4
/// million); they are not statistics of any year.
/// </summary>
public sealed record CityProfile(
    string Code,
    Span Population,
    Span Employment,
    Span ManufacturingShare,
    Span ProducerServiceShare,
    double KnowledgeServiceTilt,
    Span InnovationCapacity,
    Span CollegeStudentsPer10k,
    Span GdpPerCapita,
    Span TertiaryShare,
    Span EnergyIntensity,
    Span Urbanisation);
