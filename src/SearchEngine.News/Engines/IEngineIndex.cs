using SearchEngine.Analysis;

namespace SearchEngine.News.Engines;

/// <summary>
/// One index folder of one engine: changes (update and delete by id) made durable and visible by
/// <see cref="Commit"/>, point-in-time snapshots for searching, and a full check.
/// </summary>
/// <remarks>
/// Changes are thread-safe. The first change takes the folder's write lock (another writer gets
/// <see cref="IndexLockedException"/>) and holds it until disposal; disposing drops uncommitted changes. Snapshots
/// stay valid after the index is disposed until they are disposed themselves.
/// </remarks>
internal interface IEngineIndex : IDisposable
{
    /// <summary>Gets the folder's absolute path.</summary>
    string Path { get; }

    /// <summary>Gets a value indicating whether the folder holds a commit of this engine.</summary>
    bool HasCommit { get; }

    /// <summary>Returns the engine's analyzer of <paramref name="language"/>: what its text fields were indexed with, for query terms and highlighting.</summary>
    Analyzer GetAnalyzer(string language);

    /// <summary>Adds <paramref name="document"/>, replacing every document whose <paramref name="idField"/> term is <paramref name="id"/>.</summary>
    void Update(string idField, string id, IndexDocument document);

    /// <summary>Deletes every document whose <paramref name="idField"/> term is <paramref name="id"/>.</summary>
    void Delete(string idField, string id);

    /// <summary>Makes every change durable and visible to new snapshots, atomically, with <paramref name="userData"/> recorded in the commit.</summary>
    EngineCommit Commit(IReadOnlyDictionary<string, string>? userData = null);

    /// <summary>Opens the latest commit for searching; throws <see cref="IndexNotFoundException"/> when the folder has none.</summary>
    IEngineSnapshot OpenSnapshot();

    /// <summary>
    /// Holds the latest commit for copying: its files (<see cref="IEngineHeldCommit.Files"/>) stay on disk until the
    /// hold is disposed, whatever this index commits or merges meanwhile. Opens the writer when it is not open yet
    /// (taking the folder's write lock, as a change does): only the writer decides which files go, so only it can
    /// keep them. Disposing the index ends every hold with it.
    /// </summary>
    /// <exception cref="IndexNotFoundException">The folder holds no commit.</exception>
    /// <exception cref="IndexLockedException">Another writer holds the folder.</exception>
    IEngineHeldCommit HoldCommit();

    /// <summary>Checks every checksum and structure of the latest commit; throws <see cref="IndexNotFoundException"/> when there is none.</summary>
    EngineVerifyResult Verify();
}
