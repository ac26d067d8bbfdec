// scripts/package writes the commit it builds here (`git rev-parse`, with `-dirty` when the
// tree has changes) for its build and puts this file back afterwards. Keep it this one line.
let buildCommit: String? = nil
