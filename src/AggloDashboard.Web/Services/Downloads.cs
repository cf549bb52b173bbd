namespace AggloDashboard.Web.Services;

public static class Downloads
{
    public const string XlsxMime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string ZipMime = "application/zip";
}
