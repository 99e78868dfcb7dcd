import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * ECharts with only what the executive dashboard draws (bars, lines, grid, legend, tooltip, SVG).
 * Imported with `import()` from EChart.tsx only, so it is a chunk of its own that loads on that page
 * and never reaches the first page's bundle.
 */
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { echarts };
