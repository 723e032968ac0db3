namespace SocioRunner.Cli.Tests.Catalogue;

/// <summary>Malformed experiment files and command lines, found by validation before anything runs.</summary>
public static class ConfigCases
{
    const string City = "  city: { kind: dataset/synthetic-city, tiles: 20, tile_size: 16, flair_patches: 0 }\n";
    const string Income = "  income: { kind: dataset/household-income, inputs: { raw: city } }\n";
    const string Probe = "  encoder: { kind: encoder/small-cnn }\n  probe: { kind: train/probe, inputs: { dataset: income, encoder: encoder } }\n";

    static BadInputCase Yaml(string name, string text, string position, string? key = null) =>
        new(name, f => ["run", f.Write("experiment.yaml", text)], f => key is null ? [$"{f.Experiment}:{position}"] : [$"{f.Experiment}:{position}", key]);

    static BadInputCase Nodes(string name, string nodes, string position, string key, string experimentName = "catalogue") =>
        new(name, f => f.RunExperiment(nodes, experimentName), f => [$"{f.Experiment}:{position}", key]);

    public static IEnumerable<BadInputCase> All() =>
    [
        Yaml("yaml-empty-file", "", "1:1"),
        Yaml("yaml-unclosed-bracket", "name: x\nnodes: [\n", "3:"),
        Yaml("yaml-tab-indentation", "name: x\nnodes:\n\tcity: { kind: report }\n", "3:1"),
        Yaml("yaml-top-level-list", "- a\n- b\n", "1:1"),
        Yaml("yaml-missing-nodes", "name: x\nseed: 1\n", "1:1", "nodes"),
        Yaml("yaml-seed-not-a-number", "name: x\nseed: many\nnodes: {}\n", "2:7", "seed"),
        Yaml("yaml-bad-device", "name: x\ndevice: gpu\nnodes: {}\n", "2:9", "device"),
        Nodes("node-duplicate-id", City + City, "6:", "nodes.city"),
        Nodes("node-missing-kind", "  city: { tiles: 20 }\n", "5:", "nodes.city.kind"),
        Nodes("node-unknown-kind", "  city: { kind: dataset/no-such-thing }\n", "5:", "nodes.city.kind"),
        Nodes("option-typo", "  city: { kind: dataset/synthetic-city, tile: 20 }\n", "5:", "nodes.city.tile"),
        Nodes("option-wrong-type", "  city: { kind: dataset/synthetic-city, tiles: lots }\n", "5:", "nodes.city.tiles"),
        Nodes("option-out-of-range", "  city: { kind: dataset/synthetic-city, tiles: 3 }\n", "5:", "nodes.city.tiles"),
        Nodes("city-interaction-scope-without-interaction", "  city: { kind: dataset/synthetic-city, interaction_scope: neighbourhood }\n", "5:", "nodes.city.interaction_scope"),
        Nodes("city-interaction-scope-unknown", "  city: { kind: dataset/synthetic-city, interaction: true, interaction_scope: street }\n", "5:", "nodes.city.interaction_scope"),
        Nodes("city-interaction-ramp-without-interaction", "  city: { kind: dataset/synthetic-city, interaction_ramp: 4000 }\n", "5:", "nodes.city.interaction_ramp"),
        Nodes("city-interaction-ramp-with-neighbourhood", "  city: { kind: dataset/synthetic-city, interaction: true, interaction_scope: neighbourhood, interaction_ramp: 4000 }\n", "5:", "nodes.city.interaction_ramp"),
        Nodes("city-interaction-ramp-negative", "  city: { kind: dataset/synthetic-city, interaction: true, interaction_ramp: -5 }\n", "5:", "nodes.city.interaction_ramp"),
        Nodes("probe-hidden-units-zero", City + Income + Probe.Replace("encoder: encoder } }", "encoder: encoder }, hidden_units: 0 }"), "8:", "nodes.probe.hidden_units"),
        Nodes("option-bad-enum", City + Income + "  encoder: { kind: encoder/small-cnn }\n  pretrain: { kind: train/rnc, inputs: { dataset: income, encoder: encoder }, label_distance: l3 }\n", "8:", "nodes.pretrain.label_distance"),
        Nodes("tcav-repeats-one", City + Income + "  concepts: { kind: concepts/flair, inputs: { raw: city } }\n  encoder: { kind: encoder/small-cnn }\n"
            + "  probe: { kind: train/probe, inputs: { dataset: income, encoder: encoder } }\n"
            + "  tcav: { kind: explain/tcav, inputs: { model: probe, data: income, concepts: concepts }, repeats: 1 }\n", "10:", "nodes.tcav.repeats"),
        Nodes("input-unknown-node", "  income: { kind: dataset/household-income, inputs: { raw: ghost } }\n", "5:", "nodes.income.inputs.raw"),
        Nodes("input-wrong-artifact-type", City + Income + "  probe: { kind: train/probe, inputs: { dataset: income, encoder: income } }\n", "7:", "nodes.probe.inputs.encoder"),
        Nodes("input-cycle", "  a: { kind: report, inputs: { sources: [b] } }\n  b: { kind: report, inputs: { sources: [a] } }\n", "", "cycle"),
        Nodes("env-variable-unset", "  income: { kind: dataset/household-income, root: '${env:SOCIO_CATALOGUE_UNSET_VARIABLE}' }\n", "5:", "SOCIO_CATALOGUE_UNSET_VARIABLE"),
        Nodes("interpolation-unknown", "  income: { kind: dataset/household-income, root: '${secret:x}' }\n", "5:", "nodes.income.root"),
        Nodes("interpolation-missing-node", City + "  other: { kind: dataset/synthetic-city, tiles: '${nodes.ghost.tiles}' }\n", "6:", "nodes.other.tiles"),
        Nodes("templates-folder-missing", City + "  report: { kind: report, inputs: { sources: [city] }, templates: /nonexistent/socio-templates }\n", "6:", "nodes.report.templates"),
        // Settings files (socio.json next to the experiment; see README "Settings"): file, line and key named.
        new("settings-unknown-key", f => { f.Write("socio.json", "{\n  \"threads\": 1,\n  \"cahce\": \"elsewhere\"\n}\n"); return f.RunExperiment(City); },
            f => [$"{f.File("socio.json")}:3", "cahce"]),
        new("settings-wrong-type", f => { f.Write("socio.json", "{ \"lock_timeout\": \"soon\" }"); return f.RunExperiment(City); },
            f => [$"{f.File("socio.json")}:1", "lock_timeout"]),
        new("settings-out-of-range", f => { f.Write("socio.json", "{\n\"threads\": 100000 }"); return f.RunExperiment(City); },
            f => [$"{f.File("socio.json")}:2", "threads"]),
        // Wiring that used to be checked only at run time (explain/tcav, explain/tsne): found by validation, key named.
        Nodes("tcav-without-concepts-or-cavs", City + Income + Probe + "  tcav: { kind: explain/tcav, inputs: { model: probe, data: income } }\n", "9:", "nodes.tcav.inputs.concepts"),
        Nodes("tsne-without-data", City + Income + Probe + "  tsne: { kind: explain/tsne, inputs: { model: probe } }\n", "9:", "nodes.tsne.inputs.data"),
        // Run-time errors start with the node's position and id (then the data file's own position where there is one).
        Nodes("runtime-error-names-node-and-position", "  income: { kind: dataset/household-income, root: /nonexistent/socio-income }\n", "5:", "nodes.income: "),
        new("set-override-bad-value", f => [.. f.RunExperiment(City), "--set", "nodes.city.tiles=lots"], _ => ["--set nodes.city.tiles=lots", "nodes.city.tiles"]),
        new("set-override-unknown-node", f => [.. f.RunExperiment(City), "--set", "nodes.ghost.tiles=1"], _ => ["--set nodes.ghost.tiles=1", "nodes.ghost"]),
        // Hostile strings in names: rejected with the key named, nothing written anywhere.
        Nodes("hostile-node-id-dot-dot-slash", "  ../../escaped: { kind: dataset/synthetic-city }\n", "5:", "../../escaped"),
        Nodes("hostile-node-id-html", "  \"<script>alert(1)</script>\": { kind: dataset/synthetic-city }\n", "5:", "<script>alert(1)</script>"),
        Nodes("hostile-node-id-very-long", $"  {new string('n', 300)}: {{ kind: dataset/synthetic-city }}\n", "5:", "nodes.nnnn"),
        Nodes("hostile-node-id-non-ascii", "  städte_城市: { kind: dataset/synthetic-city }\n", "5:", "städte_城市"),
        Nodes("hostile-experiment-name-dot-dot", City, "1:", "name", experimentName: "../../../escaped-run"),
        Nodes("hostile-experiment-name-html", City, "1:", "name", experimentName: "\"<img src=x onerror=alert(1)>\""),
    ];
}
