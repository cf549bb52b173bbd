namespace AggloDashboard.Core.Analytics;

/// <summary>
/// The non-zero entries of row-standardised weights, row by row in column order, so a spatial lag costs the number of
/// neighbours instead of n. A lag sums the same products in the same order as over the dense row: the products it
/// leaves out are zeros, and adding a zero to a sum that starts at +0 never changes it.
/// </summary>
internal sealed class SparseRows
{
    private readonly int[][] _columns;
    private readonly double[][] _weights;

    public SparseRows(double[][] dense)
    {
        _columns = new int[dense.Length][];
        _weights = new double[dense.Length][];
        for (var i = 0; i < dense.Length; i++)
        {
            var row = dense[i];
            var count = 0;
            foreach (var w in row)
            {
                count += w != 0 ? 1 : 0;
            }

            _columns[i] = new int[count];
            _weights[i] = new double[count];
            var k = 0;
            for (var j = 0; j < row.Length; j++)
            {
                if (row[j] != 0)
                {
                    _columns[i][k] = j;
                    _weights[i][k++] = row[j];
                }
            }
        }
    }

    /// <summary>The non-zero weights of row i, in column order.</summary>
    public double[] Weights(int i) => _weights[i];

    /// <summary>Σ_j w_ij z_j.</summary>
    public double Lag(int i, double[] z)
    {
        var columns = _columns[i];
        var weights = _weights[i];
        var lag = 0.0;
        for (var k = 0; k < columns.Length; k++)
        {
            lag += weights[k] * z[columns[k]];
        }

        return lag;
    }
}
