using SearchEngine.News.Querying;
using SearchEngine.News.Search;

namespace SearchEngine.News.Tests.Search;

public sealed class SearchCursorTests
{
    public static TheoryData<NewsSort, long?, float, string> Positions() => new()
    {
        { NewsSort.Relevance, null, 3.25f, "ddt-0001" },
        { NewsSort.Relevance, null, 1f, "a" },
        { NewsSort.Relevance, null, float.Epsilon, "æøå/ü 漢字 😀" },
        { NewsSort.Date, 20_220_111, 0.5f, "nl-2022-01-11" },
        { NewsSort.Date, null, 7.75f, "undated" },
        { NewsSort.Date, long.MinValue, -0f, new string('x', 600) },
    };

    [Theory]
    [MemberData(nameof(Positions))]
    public void ACursorDecodesToThePositionItWasMadeOf(NewsSort sort, long? value, float score, string id)
    {
        var cursor = new SearchCursor(sort, new HitPosition(value, score, id));

        string text = cursor.Encode();

        Assert.True(SearchCursor.TryDecode(text, out SearchCursor decoded, out string? problem), problem);
        Assert.Equal(cursor, decoded);
        Assert.Matches("^[A-Za-z0-9_-]+$", text);
    }

    [Fact]
    public void EveryChangeOfOneCharacterMakesACursorInvalid()
    {
        string text = new SearchCursor(NewsSort.Date, new HitPosition(20_220_111, 2.5f, "da-0042")).Encode();
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

        for (int i = 0; i < text.Length; i++)
        {
            foreach (char replacement in alphabet)
            {
                if (replacement == text[i])
                {
                    continue;
                }

                string tampered = string.Concat(text.AsSpan(0, i), replacement.ToString(), text.AsSpan(i + 1));
                Assert.False(SearchCursor.TryDecode(tampered, out _, out _), $"{tampered} (character {i} changed) was accepted");
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("not-a-cursor")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("ab+/cd==")]
    [InlineData("Zm9vYmFy")]
    public void TextThatIsNoCursorIsRefusedWithAReason(string text)
    {
        Assert.False(SearchCursor.TryDecode(text, out _, out string? problem));
        Assert.Contains("after", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ACutOrLengthenedCursorIsRefused()
    {
        string text = new SearchCursor(NewsSort.Relevance, new HitPosition(null, 1.5f, "da-7")).Encode();

        Assert.False(SearchCursor.TryDecode(text[..^1], out _, out _));
        Assert.False(SearchCursor.TryDecode(text[..^4], out _, out _));
        Assert.False(SearchCursor.TryDecode(text + "AAAA", out _, out _));
        Assert.False(SearchCursor.TryDecode(new string('A', SearchCursor.MaxLength + 1), out _, out _));
    }
}
