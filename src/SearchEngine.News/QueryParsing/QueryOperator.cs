namespace SearchEngine.News.QueryParsing;

/// <summary>The operator assumed between two adjacent clauses that no <c>AND</c> or <c>OR</c> joins.</summary>
public enum QueryOperator
{
    /// <summary><c>a b</c> means <c>a OR b</c> (Lucene's default): either may match.</summary>
    Or,

    /// <summary><c>a b</c> means <c>a AND b</c>: both must match.</summary>
    And,
}
