set terminal pngcairo size 1200,700 noenhanced
set output 'handle-rows.png'
set title 'jeemcp: tools/call bump (one SELECT, one guarded UPDATE) against rows in MCP_HANDLE'
set logscale x; set xlabel 'rows of other tenants in MCP_HANDLE'; set ylabel 'req/s (median of rounds)'
set yrange [0:*]; set key bottom left; set grid
plot 'handle-rows.tsv' using 1:2 every ::1 with linespoints title 'ours (Handles)', 'handle-rows.tsv' using 1:3 every ::1 with linespoints title 'bare (JDBC by hand)'
