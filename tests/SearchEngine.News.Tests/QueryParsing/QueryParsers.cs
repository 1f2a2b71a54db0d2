using SearchEngine.News.QueryParsing;

namespace SearchEngine.News.Tests.QueryParsing;

/// <summary>The parsers the query-parsing tests share: the news schema's fields, and Lucene's anything-goes fields.</summary>
internal static class QueryParsers
{
    /// <summary>The fields of the news index, as the News layer will configure them.</summary>
    public static readonly QueryField[] NewsFields =
    [
        new("title"),
        new("body"),
        new("person"),
        new("organization", "org"),
        new("lang"),
        new("date"),
    ];

    /// <summary>A parser for the news fields with the default operator OR.</summary>
    public static readonly QueryParser News = new(new QueryParserOptions { Fields = NewsFields });

    /// <summary>A parser for the news fields with the default operator AND.</summary>
    public static readonly QueryParser NewsAnd = new(new QueryParserOptions { Fields = NewsFields, DefaultOperator = QueryOperator.And });

    /// <summary>A parser that, like Lucene's, accepts any field name.</summary>
    public static readonly QueryParser AnyField = new();

    /// <summary>Returns the news parser for <paramref name="defaultOperator"/>.</summary>
    public static QueryParser For(QueryOperator defaultOperator) => defaultOperator == QueryOperator.And ? NewsAnd : News;

    /// <summary>Returns the tree's nodes, depth first.</summary>
    public static IEnumerable<QueryNode> Descendants(QueryNode node)
    {
        var stack = new Stack<QueryNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            QueryNode current = stack.Pop();
            yield return current;
            if (current is BooleanNode boolean)
            {
                foreach (QueryClause clause in boolean.Clauses)
                {
                    stack.Push(clause.Node);
                }
            }
        }
    }
}
