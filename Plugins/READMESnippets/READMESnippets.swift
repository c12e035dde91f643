import PackagePlugin

/// Turns the Swift snippets of the package's README into source compiled with the target it is applied
/// to, so that a README example that no longer compiles breaks the build.
@main
struct READMESnippets: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let readme = context.package.directoryURL.appending(path: "README.md")
        let output = context.pluginWorkDirectoryURL.appending(path: "READMESnippets.swift")
        return [
            .buildCommand(
                displayName: "Extracting the Swift snippets of README.md",
                executable: try context.tool(named: "readme-snippets").url,
                arguments: [readme.path(), output.path()],
                inputFiles: [readme],
                outputFiles: [output]
            )
        ]
    }
}
