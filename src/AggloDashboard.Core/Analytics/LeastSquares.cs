using MathNet.Numerics.LinearAlgebra;

namespace AggloDashboard.Core.Analytics;

/// <summary>Least squares by Householder QR (MathNet.Numerics); no matrix is ever inverted explicitly.</summary>
internal static class LeastSquares
{
    // A column whose part orthogonal to the earlier kept columns is below this share of its own norm is collinear.
    private const double CollinearityTolerance = 1e-9;

    /// <summary>
    /// Indices of the columns kept when each column, in order, is kept only if it is not (numerically) a linear
    /// combination of the columns kept before it; an all-zero column is never kept.
    /// </summary>
    public static IReadOnlyList<int> IndependentColumns(Matrix<double> x)
    {
        var kept = new List<int>();
        for (var j = 0; j < x.ColumnCount; j++)
        {
            var norm = x.Column(j).L2Norm();
            if (norm == 0)
            {
                continue;
            }

            var candidate = Columns(x, [.. kept, j]);
            var r = candidate.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin).R;
            if (Math.Abs(r[kept.Count, kept.Count]) > CollinearityTolerance * norm)
            {
                kept.Add(j);
            }
        }

        return kept;
    }

    /// <summary>The submatrix of the given columns, in the given order.</summary>
    public static Matrix<double> Columns(Matrix<double> x, IReadOnlyList<int> columns) =>
        Matrix<double>.Build.Dense(x.RowCount, columns.Count, (i, j) => x[i, columns[j]]);

    /// <summary>β minimising ‖y - Xβ‖² for a full-column-rank X with more rows than columns.</summary>
    public static Vector<double> Solve(Matrix<double> x, Vector<double> y) => x.QR().Solve(y);

    /// <summary>The residuals y - Xβ of the least-squares fit (y itself when X has no columns).</summary>
    public static Vector<double> Residuals(Matrix<double> x, Vector<double> y) =>
        x.ColumnCount == 0 ? y.Clone() : y - x * Solve(x, y);
}
