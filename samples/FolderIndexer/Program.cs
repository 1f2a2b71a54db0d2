using FolderIndexer;
using SearchEngine.Hosting;
using SearchEngine.News.Engines;

// dotnet run -- ARTICLES_FOLDER INDEX_FOLDER: indexes every *.jsonl and *.txt file of the folder, then each file
// added or changed, until Ctrl+C or SIGTERM.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: FolderIndexer ARTICLES_FOLDER INDEX_FOLDER");
    return 2;
}

HostApplicationBuilder builder = Host.CreateApplicationBuilder();
builder.Services.AddNewsSearch(options =>
{
    options.IndexPath = args[1];
    options.Engine = NewsEngines.Native;
});

// Registered after AddNewsSearch, so at the stop it finishes (and commits) before the index closes.
builder.Services.AddSingleton(new WatchedFolder(args[0], TimeSpan.FromMilliseconds(500)));
builder.Services.AddHostedService<FolderWatcher>();
await builder.Build().RunAsync();
return 0;
