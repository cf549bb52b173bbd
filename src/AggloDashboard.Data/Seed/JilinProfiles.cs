namespace AggloDashboard.Data.Seed;

/// <summary>
/// The calibration of the nine Jilin cities. Changchun is the producer-service hub with a rising PS share and a
/// steady manufacturing base; the other cities' manufacturing shares drift down; Jilin and Songyuan keep strong
/// industry; innovation capacity is concentrated in Changchun and Jilin and grows faster elsewhere from a low base.
/// </summary>
public static class JilinProfiles
{
    public static IReadOnlyList<CityProfile> All { get; } =
    [
        new("220100", new(745, 906), new(78, 84), new(0.300, 0.288), new(0.150, 0.218), 1.5,
            new(1.00, 2.30), new(520, 870), new(26500, 78500), new(40.5, 52.5), new(1.10, 0.52), new(56, 79)),
        new("220200", new(430, 362), new(44, 41), new(0.325, 0.318), new(0.105, 0.140), 1.0,
            new(0.38, 1.00), new(230, 300), new(19500, 50500), new(38.0, 49.0), new(1.95, 0.95), new(52, 66)),
        new("220300", new(335, 300), new(17, 16), new(0.245, 0.222), new(0.085, 0.110), 0.7,
            new(0.08, 0.48), new(60, 95), new(13500, 33500), new(33.0, 47.0), new(1.55, 0.80), new(40, 52)),
        new("220400", new(124, 112), new(9.5, 8.6), new(0.300, 0.272), new(0.075, 0.098), 0.6,
            new(0.045, 0.29), new(25, 45), new(16000, 38500), new(32.0, 44.0), new(1.70, 0.92), new(45, 57)),
        new("220500", new(231, 212), new(15.5, 14.6), new(0.275, 0.250), new(0.080, 0.104), 0.7,
            new(0.07, 0.42), new(40, 70), new(16500, 39000), new(35.0, 46.5), new(1.60, 0.85), new(48, 60)),
        new("220600", new(131, 108), new(10.5, 9.4), new(0.225, 0.205), new(0.070, 0.090), 0.5,
            new(0.04, 0.26), new(15, 30), new(15000, 41000), new(36.0, 48.0), new(1.50, 0.78), new(60, 73)),
        new("220700", new(282, 265), new(15.5, 16.2), new(0.330, 0.345), new(0.110, 0.150), 0.8,
            new(0.065, 0.40), new(30, 55), new(24500, 45500), new(30.0, 42.0), new(1.05, 0.62), new(35, 50)),
        new("220800", new(201, 190), new(11.5, 10.6), new(0.185, 0.170), new(0.085, 0.108), 0.6,
            new(0.04, 0.27), new(45, 75), new(11500, 29500), new(34.0, 48.5), new(1.40, 0.74), new(38, 50)),
        new("222400", new(219, 205), new(26, 25), new(0.205, 0.190), new(0.100, 0.126), 0.9,
            new(0.10, 0.52), new(110, 160), new(15500, 36500), new(41.0, 53.0), new(1.20, 0.60), new(66, 73)),
    ];
}
