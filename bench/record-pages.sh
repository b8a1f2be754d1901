# Sourced by the benchmarks that ask for record pages at random:
#   random_record_pages BASE_URL DIR -> DIR/paths.txt (every public record's address, from the sitemap and its parts)
#                                       and DIR/random.lua (wrk: one of them at random per request)
random_record_pages() {
  local base=$1 dir=$2 parts
  parts=$(curl -s "$base/sitemap.xml" | grep -o '/sitemaps/information-[0-9]*\.xml' || true)
  if [ -n "$parts" ]; then
    for part in $parts; do curl -s "$base$part"; done
  else
    curl -s "$base/sitemap.xml"
  fi | grep -o '<loc>[^<]*/information/[^<]*</loc>' | sed 's|<loc>http://[^/]*||;s|</loc>||' >"$dir/paths.txt"
  cat >"$dir/random.lua" <<LUA
local paths = {}
for line in io.lines("$dir/paths.txt") do paths[#paths + 1] = line end
math.randomseed(os.time())
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
LUA
}
