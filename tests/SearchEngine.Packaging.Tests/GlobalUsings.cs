global using SearchEngine.Tests;
global using Xunit;
