using System.Text.Json.Nodes;

namespace SocioRunner.Core.Options;

/// <summary>The JSON Schema of an experiment file's <c>sweep:</c> section (see <c>Sweeps.SweepReader</c>).</summary>
public static class SweepSchema
{
    const string PathPattern = @"^(seed|name|device|output|cache|nodes\.[A-Za-z0-9_][A-Za-z0-9_.-]*\.[A-Za-z0-9_.]+)$";

    public static JsonObject Generate() => new()
    {
        ["type"] = "object",
        ["description"] = "run this experiment as a sweep with --multirun: explicit variants x every combination of the grid",
        ["additionalProperties"] = false,
        ["properties"] = new JsonObject
        {
            ["grid"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "path (exactly as --set takes it, e.g. nodes.pretrain.temperature or seed) -> list of values",
                ["propertyNames"] = new JsonObject { ["pattern"] = PathPattern },
                ["additionalProperties"] = new JsonObject { ["type"] = "array", ["minItems"] = 1 },
            },
            ["variants"] = new JsonObject
            {
                ["type"] = "array",
                ["description"] = "explicit members, each a mapping path -> value; crossed with the grid",
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["minProperties"] = 1,
                    ["propertyNames"] = new JsonObject { ["pattern"] = PathPattern },
                },
            },
            ["parallel"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["description"] = "--launcher local: members run at once" },
            ["slurm"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "--launcher slurm: resources of each job (the command line wins)",
                ["additionalProperties"] = false,
                ["properties"] = new JsonObject
                {
                    ["partition"] = new JsonObject { ["type"] = "string" },
                    ["time"] = new JsonObject { ["type"] = "string", ["description"] = "wall-clock limit, e.g. 04:00:00" },
                    ["cpus"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["description"] = "--cpus-per-task" },
                    ["mem"] = new JsonObject { ["type"] = "string", ["description"] = "memory per job, e.g. 16G" },
                    ["gpus"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
                    ["options"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "further sbatch options, verbatim" },
                },
            },
        },
    };
}
