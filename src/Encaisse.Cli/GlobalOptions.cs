using System.CommandLine;

namespace Encaisse.Cli;

/// <summary>Options every command understands; declared once on the root command.</summary>
internal static class GlobalOptions
{
    public const string DefaultDatabase = "./data/encaisse.db";

    public const string DefaultTenant = "default";

    public static readonly Option<string> Db = new("--db")
    {
        Description = "A SQLite file path or a PostgreSQL connection string (Host=…;Database=…)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ENCAISSE_DB") is { Length: > 0 } fromEnv ? fromEnv : DefaultDatabase,
        Recursive = true,
    };

    public static readonly Option<string> Tenant = new("--tenant")
    {
        Description = "The tenant (client company) to work on, by name or id",
        DefaultValueFactory = _ => DefaultTenant,
        Recursive = true,
    };
}
