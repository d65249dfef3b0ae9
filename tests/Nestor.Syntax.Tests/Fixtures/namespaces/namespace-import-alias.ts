namespace Shapes {
  export namespace Polygons {
    export class Square {}
  }
}
import Polygons = Shapes.Polygons;
