using System.Globalization;
using System.Text;

namespace SearchEngine.News.QueryParsing;

/// <summary>
/// Writes a tree back in the classic syntax, explicit enough to parse to an equal tree under the default operator
/// OR: every required clause has <c>+</c>, every prohibited one <c>-</c>, fields are written on each term (a field
/// on a group was pushed down when parsing), and whatever the lexer would read differently is escaped.
/// </summary>
internal static class QuerySyntaxWriter
{
    /// <summary>Returns <paramref name="node"/> as query text.</summary>
    public static string Write(QueryNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node, topLevel: true);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, QueryNode node, bool topLevel)
    {
        switch (node)
        {
            case TermNode term:
                WriteField(builder, term.Field);
                WriteWord(builder, term.Text);
                break;
            case PrefixNode prefix:
                WriteField(builder, prefix.Field);
                WriteWord(builder, prefix.Prefix);
                builder.Append('*');
                break;
            case PhraseNode phrase:
                WriteField(builder, phrase.Field);
                WriteQuoted(builder, phrase.Text);
                if (phrase.Slop > 0)
                {
                    builder.Append('~').Append(phrase.Slop.ToString(CultureInfo.InvariantCulture));
                }

                break;
            case RangeNode range:
                WriteField(builder, range.Field);
                builder.Append(range.IncludeLower ? '[' : '{');
                WriteBound(builder, range.Lower);
                builder.Append(" TO ");
                WriteBound(builder, range.Upper);
                builder.Append(range.IncludeUpper ? ']' : '}');
                break;
            case MatchAllNode:
                builder.Append("*:*");
                break;
            case BooleanNode boolean:
                WriteBoolean(builder, boolean, topLevel);
                return;
        }

        WriteBoost(builder, node.Boost);
    }

    // The top-level list needs no parentheses unless it is boosted; a nested one always does.
    private static void WriteBoolean(StringBuilder builder, BooleanNode boolean, bool topLevel)
    {
        bool parenthesize = !topLevel || boolean.Boost != 1f;
        if (parenthesize)
        {
            builder.Append('(');
        }

        for (int i = 0; i < boolean.Clauses.Count; i++)
        {
            QueryClause clause = boolean.Clauses[i];
            builder.Append(i == 0 ? "" : " ").Append(clause.Occur switch { QueryOccur.Must => "+", QueryOccur.MustNot => "-", _ => "" });
            Write(builder, clause.Node, topLevel: false);
        }

        if (parenthesize)
        {
            builder.Append(')');
        }

        WriteBoost(builder, boolean.Boost);
    }

    private static void WriteField(StringBuilder builder, string? field)
    {
        if (field is not null)
        {
            WriteWord(builder, field);
            builder.Append(':');
        }
    }

    // Escapes what would end the word or change its meaning: separators, syntax characters, a leading '+'/'-', and
    // the first letter of a word that is spelled like an operator (AND, OR, NOT, &&, ||).
    private static void WriteWord(StringBuilder builder, string text)
    {
        bool operatorWord = QueryCharacters.IsOperatorWord(text);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool special = i == 0 ? !QueryCharacters.IsWordStart(c) || operatorWord : !QueryCharacters.IsWordChar(c);
            if (special)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }
    }

    private static void WriteQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (char c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        builder.Append('"');
    }

    // An open bound is '*'; a bound that an unquoted one could not spell (empty, '*', TO, or holding whitespace,
    // quotes, brackets or backslashes) is quoted.
    private static void WriteBound(StringBuilder builder, string? bound)
    {
        if (bound is null)
        {
            builder.Append('*');
            return;
        }

        bool plain = bound.Length > 0 && bound is not ("*" or "TO");
        foreach (char c in bound)
        {
            plain &= !QueryCharacters.IsWhitespace(c) && c is not ('"' or ']' or '}' or '\\');
        }

        if (plain)
        {
            builder.Append(bound);
        }
        else
        {
            WriteQuoted(builder, bound);
        }
    }

    private static void WriteBoost(StringBuilder builder, float boost)
    {
        if (boost != 1f)
        {
            builder.Append('^').Append(FormatBoost(boost));
        }
    }

    /// <summary>
    /// Formats a boost as Lucene prints one (<c>2.0</c>, <c>0.5</c>) but always in plain decimals, since the syntax
    /// has no exponent: the shortest digits that round-trip, with the decimal point moved by hand.
    /// </summary>
    internal static string FormatBoost(float boost)
    {
        string shortest = boost.ToString("R", CultureInfo.InvariantCulture);
        int e = shortest.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return shortest.Contains('.', StringComparison.Ordinal) ? shortest : shortest + ".0";
        }

        string mantissa = shortest[..e];
        int exponent = int.Parse(shortest.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        string digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        int point = (dot < 0 ? mantissa.Length : dot) + exponent;
        if (point <= 0)
        {
            return "0." + new string('0', -point) + digits;
        }

        return point >= digits.Length ? digits + new string('0', point - digits.Length) + ".0" : digits[..point] + "." + digits[point..];
    }
}
