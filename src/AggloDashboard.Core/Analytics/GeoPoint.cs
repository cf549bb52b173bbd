namespace AggloDashboard.Core.Analytics;

/// <summary>A position in decimal degrees (WGS 84 longitude and latitude, as in GeoJSON).</summary>
public sealed record GeoPoint(double Longitude, double Latitude)
{
    /// <summary>The mean Earth radius R₁ of the IUGG, in kilometres.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle distance in kilometres on a sphere of radius <see cref="EarthRadiusKm"/> (haversine).</summary>
    public double DistanceKm(GeoPoint other)
    {
        var phi1 = Radians(Latitude);
        var phi2 = Radians(other.Latitude);
        var dPhi = phi2 - phi1;
        var dLambda = Radians(other.Longitude - Longitude);
        var h = Math.Sin(dPhi / 2) * Math.Sin(dPhi / 2)
                + Math.Cos(phi1) * Math.Cos(phi2) * Math.Sin(dLambda / 2) * Math.Sin(dLambda / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
