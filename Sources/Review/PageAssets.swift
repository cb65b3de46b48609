import Foundation

/// The page's stylesheet and script, kept as files in Assets/ so they are
/// reviewed as CSS and JS, and inlined into every page (no network, works
/// from file://).
struct PageAssets: Sendable {
    let css: String
    let js: String

    static func load() throws(ReviewError) -> PageAssets {
        PageAssets(css: try read("review", "css"), js: try read("review", "js"))
    }

    private static func read(_ name: String, _ ext: String) throws(ReviewError) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Assets"),
              let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw ReviewError(id: nil, message: "missing resource Assets/\(name).\(ext): copy the pipeline_Review.resources bundle beside the binary")
        }
        return text
    }
}

extension ReviewError: Error, CustomStringConvertible {
    public var description: String { message }
}
