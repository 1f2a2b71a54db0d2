using System.Net;
using System.Text.Json;

namespace SearchEngine.Server.Tests.Support;

/// <summary>Assertions on problem+json answers.</summary>
internal static class Problems
{
    /// <summary>Asserts that <paramref name="response"/> is a problem+json with <paramref name="status"/> and returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>Asserts a 400 problem whose <c>errors</c> name <paramref name="parameter"/>, and returns that parameter's messages.</summary>
    public static async Task<string[]> AssertBadParameterAsync(HttpResponseMessage response, string parameter)
    {
        JsonElement problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        JsonElement errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out JsonElement messages), $"errors name no '{parameter}': {errors}");
        string[] texts = [.. messages.EnumerateArray().Select(m => m.GetString()!)];
        Assert.NotEmpty(texts);
        return texts;
    }
}
