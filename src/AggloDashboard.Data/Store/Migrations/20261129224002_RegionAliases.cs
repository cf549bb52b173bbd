using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AggloDashboard.Data.Store.Migrations
{
    /// <inheritdoc />
    public partial class RegionAliases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Aliases",
                table: "Regions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Aliases",
                table: "Regions");
        }
    }
}
